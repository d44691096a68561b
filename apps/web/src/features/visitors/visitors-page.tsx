import { canPerform } from '@growops/domain'
import { EmptyState, LoadingState } from '@growops/ui'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useActiveOrganization } from '../../app/active-organization.tsx'
import { useDocumentTitle } from '../../app/use-document-title.ts'
import { PropertyPicker } from '../dashboard/components/property-picker.tsx'
import { HistoryPanel } from './components/history-panel.tsx'
import { KiosksManager } from './components/kiosks-manager.tsx'
import { PreRegisterForm } from './components/pre-register-form.tsx'
import { VisitList } from './components/visit-list.tsx'
import { ZoneTiles } from './components/zone-tiles.tsx'
import { ZonesManager } from './components/zones-manager.tsx'
import { useChosenProperty } from './hooks/use-chosen-property.ts'
import { useVisitorLive } from './hooks/use-visitor-live.ts'
import './visitors.css'

const TABS = ['today', 'register', 'history', 'zones', 'kiosks'] as const
type Tab = (typeof TABS)[number]

function Section({ heading, children }: { heading: string; children: ReactNode }) {
  const id = useId()
  return (
    <section className="card stack" aria-labelledby={id}>
      <h2 id={id} className="card__heading">
        {heading}
      </h2>
      {children}
    </section>
  )
}

function TabBody({ tab, propertyId }: { tab: Tab; propertyId: string }) {
  const { t } = useTranslation()
  const { role } = useActiveOrganization()
  const manager = canPerform(role, 'write', 'COMPLIANCE')
  switch (tab) {
    case 'today':
      return (
        <>
          <Section heading={t('visitors.sections.occupancy')}>
            <ZoneTiles propertyId={propertyId} />
          </Section>
          <div className="visitor-columns">
            <Section heading={t('visitors.sections.onSite')}>
              <VisitList propertyId={propertyId} view="onSite" />
            </Section>
            <Section heading={t('visitors.sections.expected')}>
              <VisitList propertyId={propertyId} view="expected" />
            </Section>
          </div>
        </>
      )
    case 'register':
      return (
        <Section heading={t('visitors.sections.register')}>
          <PreRegisterForm propertyId={propertyId} />
        </Section>
      )
    case 'history':
      return (
        <Section heading={t('visitors.sections.history')}>
          <HistoryPanel
            propertyId={propertyId}
            canExport={canPerform(role, 'read', 'COMPLIANCE')}
          />
        </Section>
      )
    case 'zones':
      return (
        <Section heading={t('visitors.sections.zones')}>
          <ZonesManager propertyId={propertyId} canManage={manager} />
        </Section>
      )
    case 'kiosks':
      return (
        <Section heading={t('visitors.sections.kiosks')}>
          <KiosksManager propertyId={propertyId} canManage={manager} />
        </Section>
      )
  }
}

/**
 * `/visitors`: today's occupancy by zone (live), who is on site and who is expected; registering
 * a visit; and, for those with compliance access, history, zones and kiosks.
 */
export function VisitorsPage() {
  const { t } = useTranslation()
  const { organizationName, role } = useActiveOrganization()
  const [searchParams, setSearchParams] = useSearchParams()
  const { properties, property, choose } = useChosenProperty()
  useDocumentTitle(t('visitors.pageTitle'))
  useVisitorLive()
  // History, zones and kiosks are compliance records; everyone registers and sees today.
  const tabs = TABS.filter(
    (tab) => tab === 'today' || tab === 'register' || canPerform(role, 'read', 'COMPLIANCE'),
  )
  const tab = tabs.find((candidate) => candidate === searchParams.get('tab')) ?? 'today'

  let body
  if (properties.isPending) body = <LoadingState label={t('visitors.loading')} />
  else if (!property) {
    body = (
      <EmptyState title={t('dashboard.noProperty.title')}>
        <p>{t('dashboard.noProperty.body', { organization: organizationName })}</p>
      </EmptyState>
    )
  } else {
    body = (
      <>
        <PropertyPicker properties={properties.data ?? []} value={property.id} onChange={choose} />
        <nav aria-label={t('visitors.tabsLabel')} className="visitor-tabs">
          <ul>
            {tabs.map((candidate) => {
              const params = new URLSearchParams(searchParams)
              params.set('tab', candidate)
              return (
                <li key={candidate}>
                  <Link
                    to={`?${params.toString()}`}
                    replace
                    aria-current={candidate === tab ? 'page' : undefined}
                    onClick={(event) => {
                      event.preventDefault()
                      setSearchParams(params, { replace: true })
                    }}
                  >
                    {t(`visitors.tabs.${candidate}`)}
                  </Link>
                </li>
              )
            })}
          </ul>
        </nav>
        <TabBody tab={tab} propertyId={property.id} />
      </>
    )
  }

  return (
    <div className="page page--wide stack">
      <div className="visitor-head">
        <div>
          <h1>{t('visitors.heading')}</h1>
          <p className="muted">{t('visitors.intro')}</p>
        </div>
        <Link
          className="ui-button ui-button--secondary"
          to={`/evacuation${property ? `?property=${property.id}` : ''}`}
        >
          {t('visitors.evacuationLink')}
        </Link>
      </div>
      {body}
    </div>
  )
}
