import { router } from '../../trpc/init.ts'
import { cancel } from './cancel-task.ts'
import { comment } from './comment-task.ts'
import { complete } from './complete-task.ts'
import { create } from './create-task.ts'
import { get } from './get-task.ts'
import { list } from './list-tasks.ts'
import { people } from './task-people.ts'
import { reopen } from './reopen-task.ts'
import { start } from './start-task.ts'
import { templateRouter } from './templates.ts'
import { today } from './today-tasks.ts'
import { update } from './update-task.ts'

export const taskRouter = router({
  template: templateRouter,
  create,
  update,
  start,
  complete,
  cancel,
  reopen,
  get,
  list,
  today,
  comment,
  people,
})
