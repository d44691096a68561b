import { Alert, EmptyState, LoadingState } from '@growops/ui'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { translateApiError } from '../../../app/api-errors.ts'
import { translateKey } from '../../../app/translate-key.ts'
import { trpc } from '../../../app/trpc.ts'
import { formatDateTime } from '../../live/format-time.ts'
import { recurrenceSentence } from '../task-format.ts'
import { CreateTaskButton } from './create-task-button.tsx'
import { TemplateDialog, type TemplateView } from './template-dialog.tsx'

function RepeatText({ template }: { template: TemplateView }) {
  const { t } = useTranslation()
  if (!template.recurrence) return <>{t('tasks.templates.manual')}</>
  const sentence = recurrenceSentence(template.recurrence)
  const days = sentence.days.map((day) => t(`tasks.templates.weekdays.${day}`)).join(', ')
  return <>{translateKey(t, sentence.key, { ...sentence, days })}</>
}

function TemplateItem({ template, onEdit }: { template: TemplateView; onEdit: () => void }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const utils = trpc.useUtils()
  const archive = trpc.task.template.archive.useMutation({
    onSettled: () => utils.task.invalidate(),
  })
  const where = [template.room?.code, template.batch?.name].filter(Boolean).join(' · ')
  const who =
    template.assignee?.name ??
    (template.assigneeRole ? t(`common.roles.${template.assigneeRole}`) : null)
  return (
    <li className="task-item" data-testid="task-template">
      <div className="task-item__head">
        <h3 className="task-item__title">{template.title}</h3>
      </div>
      <p className="meta">
        <RepeatText template={template} />
        {template.nextDueAt
          ? ` · ${t('tasks.templates.next', { when: formatDateTime(template.nextDueAt, i18n.language) })}`
          : ''}
        {who ? ` · ${who}` : ''}
        {where ? ` · ${where}` : ''}
      </p>
      <div className="row-actions">
        <CreateTaskButton
          source={{ kind: 'template', id: template.id }}
          defaults={{
            title: template.title,
            description: template.description ?? undefined,
            propertyId: template.property?.id,
            roomId: template.room?.id ?? null,
          }}
          about={template.title}
          label={t('tasks.templates.useNow')}
          accessibleName={t('tasks.templates.useNowNamed', { title: template.title })}
        />
        <button
          type="button"
          className="ui-button ui-button--secondary ui-button--small"
          aria-label={t('tasks.templates.editNamed', { title: template.title })}
          onClick={onEdit}
        >
          {t('tasks.templates.edit')}
        </button>
        <button
          type="button"
          className="ui-button ui-button--secondary ui-button--small"
          aria-label={t('tasks.templates.archiveNamed', { title: template.title })}
          aria-disabled={archive.isPending}
          onClick={() => {
            if (!archive.isPending) archive.mutate({ organizationId, templateId: template.id })
          }}
        >
          {t('tasks.templates.archive')}
        </button>
      </div>
      <Alert>{archive.error ? translateApiError(i18n, archive.error) : null}</Alert>
    </li>
  )
}

/** Managers' templates: list, create, edit, archive, and make a task from one now. */
export function TemplatesView() {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const templates = trpc.task.template.list.useQuery({ organizationId })
  const [editing, setEditing] = useState<TemplateView | 'new' | null>(null)
  let body
  if (templates.isPending) body = <LoadingState label={t('tasks.loading')} />
  else if (templates.isError) body = <Alert>{translateApiError(i18n, templates.error)}</Alert>
  else if (templates.data.length === 0)
    body = (
      <EmptyState title={t('tasks.templates.emptyTitle')} headingLevel={3}>
        <p>{t('tasks.templates.emptyBody')}</p>
      </EmptyState>
    )
  else
    body = (
      <ul className="task-list">
        {templates.data.map((template) => (
          <TemplateItem key={template.id} template={template} onEdit={() => setEditing(template)} />
        ))}
      </ul>
    )
  return (
    <section className="card stack" aria-labelledby="task-templates-heading">
      <div className="task-page__bar">
        <h2 id="task-templates-heading" className="card__heading">
          {t('tasks.templates.heading')}
        </h2>
        <button
          type="button"
          className="ui-button ui-button--primary"
          onClick={() => setEditing('new')}
        >
          {t('tasks.templates.new')}
        </button>
      </div>
      <p className="muted">{t('tasks.templates.intro')}</p>
      {body}
      {editing ? (
        <TemplateDialog
          open
          template={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  )
}
