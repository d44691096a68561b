// Inputs of the task and task template procedures. The organization id is added by the api's
// organization procedures; the web forms validate with the same schemas.
import { z } from 'zod'
import { TaskRecurrenceSchema } from './recurrence.ts'
import { TASK_ASSIGNABLE_ROLES } from './task-access.ts'
import { TaskPrioritySchema, TaskStatusSchema } from './task-status.ts'

export const TASK_TEXT_LIMITS = {
  title: 200,
  description: 4000,
  note: 2000,
  comment: 2000,
} as const

const DateTimeSchema = z.union([
  z.date(),
  z.iso
    .datetime({ offset: true, error: 'Give a date and time such as 2026-05-01T08:00:00Z.' })
    .transform((value) => new Date(value)),
])

export const TaskTitleSchema = z
  .string()
  .trim()
  .min(1, 'Give the task a title.')
  .max(TASK_TEXT_LIMITS.title, `A title has at most ${TASK_TEXT_LIMITS.title} characters.`)

function optionalText(max: number, what: string) {
  return z
    .string()
    .trim()
    .max(max, `${what} has at most ${max} characters.`)
    .transform((text) => (text === '' ? null : text))
}

const DescriptionSchema = optionalText(TASK_TEXT_LIMITS.description, 'A description')

export const TaskAssigneeRoleSchema = z.enum(TASK_ASSIGNABLE_ROLES, {
  error: 'Tasks can be assigned to owners, head growers or staff.',
})

const EstimatedMinutesSchema = z
  .int('Give whole minutes.')
  .min(1, 'At least 1 minute.')
  .max(24 * 60, 'At most 24 hours.')

/** What a task is about and who does it; every id must be in the caller's organization. */
const TaskFieldsSchema = z.object({
  propertyId: z.uuid().nullable().optional(),
  title: TaskTitleSchema,
  description: DescriptionSchema.nullable().optional(),
  priority: TaskPrioritySchema.optional(),
  dueAt: DateTimeSchema.nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
  assigneeRole: TaskAssigneeRoleSchema.nullable().optional(),
  roomId: z.uuid().nullable().optional(),
  batchId: z.uuid().nullable().optional(),
  positionId: z.uuid().nullable().optional(),
})

/**
 * `task.create` (TASK12): from scratch (title required), or from a template, an alert or a
 * shift note (at most one source), which fill what the input leaves out.
 */
export const TaskCreateInputSchema = TaskFieldsSchema.extend({
  title: TaskTitleSchema.optional(),
  templateId: z.uuid().optional(),
  sourceAlertId: z.uuid().optional(),
  sourceShiftNoteId: z.uuid().optional(),
}).superRefine((input, ctx) => {
  const sources = [input.templateId, input.sourceAlertId, input.sourceShiftNoteId].filter(Boolean)
  if (sources.length > 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['templateId'],
      message: 'Create a task from one template, alert or shift note at a time.',
    })
  }
  if (sources.length === 0 && !input.title) {
    ctx.addIssue({ code: 'custom', path: ['title'], message: 'Give the task a title.' })
  }
})
export type TaskCreateInput = z.infer<typeof TaskCreateInputSchema>
export type TaskCreateForm = z.input<typeof TaskCreateInputSchema>

/** `task.update`: the fields given change; `null` clears one. */
export const TaskUpdateInputSchema = TaskFieldsSchema.partial()
  .extend({ taskId: z.uuid() })
  .superRefine((input, ctx) => {
    if (Object.keys(input).filter((key) => key !== 'taskId').length === 0) {
      ctx.addIssue({ code: 'custom', path: ['taskId'], message: 'Change at least one field.' })
    }
  })
export type TaskUpdateInput = z.infer<typeof TaskUpdateInputSchema>

export const TaskIdInputSchema = z.object({ taskId: z.uuid() })
export type TaskIdInput = z.infer<typeof TaskIdInputSchema>

/** `task.complete` (TASK13): an optional note and an optional photo (a stored file's id). */
export const TaskCompleteInputSchema = z.object({
  taskId: z.uuid(),
  note: optionalText(TASK_TEXT_LIMITS.note, 'A note').optional(),
  photoId: z.uuid().optional(),
})
export type TaskCompleteInput = z.infer<typeof TaskCompleteInputSchema>

export const TaskCommentInputSchema = z.object({
  taskId: z.uuid(),
  body: z
    .string()
    .trim()
    .min(1, 'Write something.')
    .max(TASK_TEXT_LIMITS.comment, `A comment has at most ${TASK_TEXT_LIMITS.comment} characters.`),
})
export type TaskCommentInput = z.infer<typeof TaskCommentInputSchema>

/** `task.list` (TASK14): every filter narrows; `mine` = assigned to me or my role. */
export const TaskListInputSchema = z
  .object({
    mine: z.boolean().optional(),
    statuses: z.array(TaskStatusSchema).max(4).optional(),
    propertyId: z.uuid().optional(),
    roomId: z.uuid().optional(),
    batchId: z.uuid().optional(),
    positionId: z.uuid().optional(),
    assigneeId: z.uuid().optional(),
    dueFrom: DateTimeSchema.optional(),
    dueTo: DateTimeSchema.optional(),
    limit: z.int().min(1).max(200).default(100),
  })
  .superRefine((input, ctx) => {
    if (input.dueFrom && input.dueTo && input.dueTo < input.dueFrom) {
      ctx.addIssue({ code: 'custom', path: ['dueTo'], message: 'The range ends before it starts.' })
    }
  })
export type TaskListInput = z.infer<typeof TaskListInputSchema>

export const TaskTodayInputSchema = z.object({ propertyId: z.uuid().optional() })
export type TaskTodayInput = z.infer<typeof TaskTodayInputSchema>

const TemplateFieldsSchema = z.object({
  propertyId: z.uuid().nullable().optional(),
  title: TaskTitleSchema,
  description: DescriptionSchema.nullable().optional(),
  priority: TaskPrioritySchema.optional(),
  estimatedMinutes: EstimatedMinutesSchema.nullable().optional(),
  roomId: z.uuid().nullable().optional(),
  batchId: z.uuid().nullable().optional(),
  assigneeId: z.uuid().nullable().optional(),
  assigneeRole: TaskAssigneeRoleSchema.nullable().optional(),
  /** Null or absent = used by hand only. */
  recurrence: TaskRecurrenceSchema.nullable().optional(),
})

export const TaskTemplateCreateInputSchema = TemplateFieldsSchema
export type TaskTemplateCreateInput = z.infer<typeof TaskTemplateCreateInputSchema>
export type TaskTemplateForm = z.input<typeof TaskTemplateCreateInputSchema>

export const TaskTemplateUpdateInputSchema = TemplateFieldsSchema.partial().extend({
  templateId: z.uuid(),
})
export type TaskTemplateUpdateInput = z.infer<typeof TaskTemplateUpdateInputSchema>

export const TaskTemplateIdInputSchema = z.object({ templateId: z.uuid() })
export type TaskTemplateIdInput = z.infer<typeof TaskTemplateIdInputSchema>

export const TaskTemplateListInputSchema = z.object({
  includeArchived: z.boolean().default(false),
})
export type TaskTemplateListInput = z.infer<typeof TaskTemplateListInputSchema>
