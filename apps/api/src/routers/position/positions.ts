// The position procedures of the positions group. Procedures are added here as they are built;
// one file per procedure beside this one.
export const positionPositionsProcedures = {}
