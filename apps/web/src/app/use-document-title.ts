import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** Sets `<title>` to "<page> · GrowOps Workspace" so each route is announced by name. */
export function useDocumentTitle(pageTitle: string | null): void {
  const { t } = useTranslation()
  const suffix = t('common.titleSuffix')
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} · ${suffix}` : suffix
  }, [pageTitle, suffix])
}
