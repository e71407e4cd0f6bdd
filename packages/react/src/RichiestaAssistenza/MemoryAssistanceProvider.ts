// An AssistanceProvider in memory, for the demo and the tests: nothing leaves the page.
import { ServiceError } from '../service-contracts/errors.js';
import type { AssistanceProvider, AssistanceReceipt, AssistanceRequest } from './types.js';

export interface MemoryAssistanceProviderOptions {
  /** The clock. @default () => new Date() */
  now?: () => Date;
  /** Milliseconds each submission takes (to see the busy state). @default 0 */
  delayMs?: number;
}

/** A registered request, as the memory provider keeps it. */
export interface StoredAssistanceRequest extends Omit<AssistanceRequest, 'idempotencyKey'> {
  code: string;
  receivedAt: string;
}

/**
 * Registers requests in memory with codes "AS-<year>-<n>"; a retry with the same idempotency key
 * returns the first receipt. Refuses (`invalid`) a request without name, surname, e-mail,
 * category or message, as a back office would.
 */
export class MemoryAssistanceProvider implements AssistanceProvider {
  private readonly now: () => Date;
  private readonly delayMs: number;
  private readonly byKey = new Map<string, AssistanceReceipt>();
  /** The registered requests, oldest first. */
  readonly requests: StoredAssistanceRequest[] = [];

  constructor({ now, delayMs = 0 }: MemoryAssistanceProviderOptions = {}) {
    this.now = now ?? (() => new Date());
    this.delayMs = delayMs;
  }

  async submit(request: AssistanceRequest, signal?: AbortSignal): Promise<AssistanceReceipt> {
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    if (signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    const seen = this.byKey.get(request.idempotencyKey);
    if (seen) return seen;
    for (const key of ['name', 'surname', 'email', 'categoryId', 'message'] as const) {
      if (!request[key]?.trim()) throw new ServiceError('invalid', `request.${key} is empty`);
    }
    if (request.privacyAccepted !== true)
      throw new ServiceError('invalid', 'request.privacyAccepted is not true');
    const at = this.now();
    const receipt: AssistanceReceipt = {
      code: `AS-${at.getFullYear()}-${String(this.requests.length + 1).padStart(6, '0')}`,
      receivedAt: at.toISOString(),
    };
    const { idempotencyKey, ...data } = request;
    this.byKey.set(idempotencyKey, receipt);
    this.requests.push({ ...data, ...receipt });
    return receipt;
  }
}
