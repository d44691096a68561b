// The room procedures of the hierarchy group; one file per procedure beside this one.
import { roomCreate } from './create-room.ts'
import { roomDelete } from './delete-room.ts'
import { roomList } from './list-rooms.ts'
import { roomUpdate } from './update-room.ts'

export const roomHierarchyProcedures = {
  list: roomList,
  create: roomCreate,
  update: roomUpdate,
  delete: roomDelete,
}
