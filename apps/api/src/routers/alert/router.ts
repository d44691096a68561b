import { router } from '../../trpc/init.ts'
import { acknowledge } from './acknowledge-alert.ts'
import { createRule } from './create-rule.ts'
import { list } from './list-alerts.ts'
import { listRules } from './list-rules.ts'
import { removeRule } from './remove-rule.ts'
import { resolve } from './resolve-alert.ts'
import { updateRule } from './update-rule.ts'

export const alertRouter = router({
  list,
  acknowledge,
  resolve,
  rules: listRules,
  createRule,
  updateRule,
  removeRule,
})
