import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useDocumentTitle } from '../../app/use-document-title.ts'

/** Any unknown address; the link home goes through the sign-in guard when needed. */
export function NotFoundPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('common.notFound.title'))
  return (
    <main id="main" className="page-centered">
      <section className="card card--narrow" aria-labelledby="not-found-title">
        <p className="brand brand--on-light">{t('common.productName')}</p>
        <h1 id="not-found-title">{t('common.notFound.title')}</h1>
        <p>{t('common.notFound.body')}</p>
        <Link to="/" className="ui-button ui-button--primary">
          {t('common.notFound.home')}
        </Link>
      </section>
    </main>
  )
}
