// The row procedures of the hierarchy group; one file per procedure beside this one.
import { rowCreate } from './create-row.ts'
import { rowDelete } from './delete-row.ts'
import { rowList } from './list-rows.ts'

export const rowHierarchyProcedures = { list: rowList, create: rowCreate, delete: rowDelete }
