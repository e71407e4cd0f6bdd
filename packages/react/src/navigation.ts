// Public exports of this area (see src/index.ts).
export {};
