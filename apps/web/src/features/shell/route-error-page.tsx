import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '../../app/use-document-title.ts'

/** Last resort when rendering a route throws: say so and offer a reload. */
export function RouteErrorPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('errors.UNKNOWN'))
  return (
    <main id="main" className="page-centered">
      <section className="card card--narrow" role="alert">
        <h1>{t('errors.UNKNOWN')}</h1>
        <button
          type="button"
          className="ui-button ui-button--primary"
          onClick={() => window.location.reload()}
        >
          {t('common.retry')}
        </button>
      </section>
    </main>
  )
}
