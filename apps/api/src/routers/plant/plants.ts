// The plant procedures of the plants group. Procedures are added here as they are built;
// one file per procedure beside this one.
export const plantPlantsProcedures = {}
