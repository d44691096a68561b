/** Transaction limits for writes that may re-address or remove tens of thousands of positions. */
export const BRANCH_TRANSACTION = { timeout: 60_000, maxWait: 10_000 } as const
