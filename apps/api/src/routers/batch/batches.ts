// The batch procedures of the batches group. Procedures are added here as they are built;
// one file per procedure beside this one.
export const batchBatchesProcedures = {}
