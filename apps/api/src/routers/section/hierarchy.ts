// The section procedures of the hierarchy group. Procedures are added here as they are built;
// one file per procedure beside this one.
export const sectionHierarchyProcedures = {}
