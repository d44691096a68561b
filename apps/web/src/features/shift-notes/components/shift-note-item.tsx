import { useTranslation } from 'react-i18next'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { trpc, type RouterOutputs } from '../../../app/trpc.ts'
import { When } from '../../live/components/when.tsx'
import { formatDay } from '../../live/format-time.ts'
import { CreateTaskButton } from '../../tasks/components/create-task-button.tsx'
import { NoteBody } from './note-body.tsx'

export type ShiftNote = RouterOutputs['shiftNote']['list'][number]

/** One note: where and which shift, who, the text with mentions, and its follow-up state. */
export function ShiftNoteItem({ note, canComplete }: { note: ShiftNote; canComplete: boolean }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const utils = trpc.useUtils()
  const complete = trpc.shiftNote.completeFollowUp.useMutation({
    onSettled: () => utils.shiftNote.invalidate(),
  })
  const where = note.room
    ? t('shiftNotes.room', { code: note.room.code, name: note.room.name })
    : t('shiftNotes.wholeProperty')
  return (
    <li className="dash-list__item note" data-testid="shift-note">
      <p className="meta">
        <strong>{where}</strong> ·{' '}
        {t('shiftNotes.shiftOn', {
          shift: t(`shiftNotes.shift.${note.shift}`),
          date: formatDay(note.shiftDate, i18n.language),
        })}{' '}
        · {note.author.name} · <When iso={note.createdAt} />
      </p>
      <NoteBody body={note.body} mentions={note.mentions} />
      <div className="row-actions">
        <CreateTaskButton
          source={{ kind: 'shiftNote', id: note.id }}
          defaults={{
            title: note.body.replace(/\s+/g, ' ').trim().slice(0, 120),
            description: note.body,
            propertyId: note.propertyId,
            roomId: note.room?.id ?? null,
          }}
          about={`${where}: ${note.body.slice(0, 60)}`}
        />
      </div>
      {note.followUp ? (
        <div className="row-actions">
          {note.followUpDoneAt ? (
            <span className="pill" data-tone="muted">
              {t('shiftNotes.followUpDone')}
            </span>
          ) : (
            <>
              <span className="pill" data-tone="warning">
                {t('shiftNotes.followUpOpen')}
              </span>
              {canComplete ? (
                <button
                  type="button"
                  className="ui-button ui-button--secondary ui-button--small"
                  aria-label={t('shiftNotes.completeNamed', { where })}
                  aria-disabled={complete.isPending}
                  onClick={() => {
                    if (!complete.isPending)
                      complete.mutate({ organizationId, shiftNoteId: note.id })
                  }}
                >
                  {t('shiftNotes.complete')}
                </button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
    </li>
  )
}
