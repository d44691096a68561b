// Types for prisma-env.mjs, which the TypeScript side (src/migrate.ts) imports.
export declare const repoRoot: string
export declare const standInEngine: string
export declare function findPrismaCli(): string | null
export declare function findNativeSchemaEngine(): string | null
export declare function prismaEnv(base?: NodeJS.ProcessEnv): NodeJS.ProcessEnv
