import { useTranslation } from 'react-i18next'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { LanguageSwitcher } from '../locale/components/language-switcher.tsx'
import { SignInForm } from './components/sign-in-form.tsx'

export function SignInPage() {
  const { t } = useTranslation()
  useDocumentTitle(t('auth.signIn.pageTitle'))
  return (
    <div className="sign-in-layout">
      <header className="sign-in-layout__header">
        <p className="brand brand--on-light">{t('common.productName')}</p>
        <LanguageSwitcher className="sign-in-layout__language" />
      </header>
      <main id="main" className="sign-in-layout__main">
        <section className="card card--narrow" aria-labelledby="sign-in-heading">
          <h1 id="sign-in-heading">{t('auth.signIn.heading')}</h1>
          <p className="muted">{t('auth.signIn.intro')}</p>
          <SignInForm />
        </section>
      </main>
    </div>
  )
}
