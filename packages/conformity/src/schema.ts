/**
 * A minimal JSON-schema validator, enough for the R.SI.1.1 metatag schema
 * (type object/string, properties, required, minLength). Errors are reported per leaf
 * "voice" so that the checker's "missing voices" count can be computed.
 */
export interface JsonSchema {
  type?: 'object' | 'string' | 'number' | 'integer' | 'boolean' | 'array';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  minLength?: number;
}

export interface SchemaError {
  path: string;
  message: string;
}

/** Paths of the leaves (non-object properties) of a schema. */
export function schemaLeaves(schema: JsonSchema, path = ''): string[] {
  if (schema.type === 'object' && schema.properties) {
    return Object.entries(schema.properties).flatMap(([k, s]) =>
      schemaLeaves(s, path ? `${path}.${k}` : k),
    );
  }
  return path ? [path] : [];
}

function typeOk(type: JsonSchema['type'], value: unknown): boolean {
  switch (type) {
    case undefined:
      return true;
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

/** Validates a value. Returns the list of errors and the leaves they make invalid. */
export function validate(
  schema: JsonSchema,
  value: unknown,
  path = '',
): { errors: SchemaError[]; invalidLeaves: Set<string> } {
  const errors: SchemaError[] = [];
  const invalidLeaves = new Set<string>();
  const fail = (p: string, s: JsonSchema, message: string): void => {
    errors.push({ path: p || '(root)', message });
    const leaves = schemaLeaves(s, p);
    for (const l of leaves.length ? leaves : [p || '(root)']) invalidLeaves.add(l);
  };
  if (!typeOk(schema.type, value)) {
    fail(path, schema, `expected ${schema.type ?? 'value'}`);
    return { errors, invalidLeaves };
  }
  if (schema.type === 'string' && typeof value === 'string' && schema.minLength !== undefined) {
    if (value.length < schema.minLength) fail(path, schema, `shorter than ${schema.minLength}`);
  }
  if (schema.type === 'object' && typeof value === 'object' && value !== null) {
    const obj = value as Record<string, unknown>;
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      const p = path ? `${path}.${key}` : key;
      if (!(key in obj) || obj[key] === undefined) {
        if (schema.required?.includes(key)) fail(p, sub, 'required');
        continue;
      }
      const r = validate(sub, obj[key], p);
      errors.push(...r.errors);
      for (const l of r.invalidLeaves) invalidLeaves.add(l);
    }
  }
  return { errors, invalidLeaves };
}
