import { useTranslation } from 'react-i18next'
import { formatDateTime, formatWhen } from '../format-time.ts'

/** A <time> with the relative text and the full date as its tooltip. */
export function When({ iso }: { iso: string }) {
  const { i18n } = useTranslation()
  return (
    <time dateTime={iso} title={formatDateTime(iso, i18n.language)}>
      {formatWhen(iso, i18n.language)}
    </time>
  )
}
