import type { LayoutDiff } from '@growops/domain'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { isPublishBlocked, listSample } from './publish-model.ts'

/** What a publish changes: position counts, structure changes, samples and blocked removals. */
export function PublishDiff({ diff }: { diff: LayoutDiff }) {
  const { t } = useTranslation()
  const { created, removed } = diff
  const createdAll = [...created.buildings, ...created.rooms, ...created.sections]
  const removedAll = [...removed.buildings, ...removed.rooms, ...removed.sections]

  return (
    <>
      {diff.unchanged ? <p>{t('layoutCollab.publish.unchanged')}</p> : null}
      <section>
        <h3>{t('layoutCollab.publish.positionsHeading')}</h3>
        <dl className="publish-counts">
          {(['create', 'readdress', 'remove', 'unchanged'] as const).map((key) => (
            <div key={key}>
              <dt>{t(`layoutCollab.publish.positions.${key}`)}</dt>
              <dd>{diff.positions[key]}</dd>
            </div>
          ))}
        </dl>
      </section>
      {createdAll.length + removedAll.length + diff.renamed.length > 0 ? (
        <section>
          <h3>{t('layoutCollab.publish.structureHeading')}</h3>
          <ul className="publish-list">
            {createdAll.length > 0 ? (
              <li className="mono">
                {t('layoutCollab.publish.created', { list: listSample(createdAll) })}
              </li>
            ) : null}
            {removedAll.length > 0 ? (
              <li className="mono">
                {t('layoutCollab.publish.removed', { list: listSample(removedAll) })}
              </li>
            ) : null}
          </ul>
          {diff.renamed.length > 0 ? (
            <>
              <h3>{t('layoutCollab.publish.renamedHeading')}</h3>
              <ul className="publish-list">
                {diff.renamed.slice(0, 20).map((rename) => (
                  <li key={`${rename.from}>${rename.to}`} className="mono">
                    {t('layoutCollab.publish.renamed', rename)}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
      <Samples diff={diff} />
      {isPublishBlocked(diff) ? <BlockedPlants blocked={diff.blocked} /> : null}
    </>
  )
}

function Samples({ diff }: { diff: LayoutDiff }) {
  const { t } = useTranslation()
  const { samples } = diff
  if (samples.create.length + samples.readdress.length + samples.remove.length === 0) return null
  return (
    <section>
      <h3>{t('layoutCollab.publish.samplesHeading')}</h3>
      <ul className="publish-list">
        {samples.create.length > 0 ? (
          <li className="mono">
            {t('layoutCollab.publish.sampleCreate', { list: listSample(samples.create, 5) })}
          </li>
        ) : null}
        {samples.readdress.length > 0 ? (
          <li className="mono">
            {t('layoutCollab.publish.sampleReaddress', {
              list: listSample(
                samples.readdress.map((item) => `${item.from} → ${item.to}`),
                5,
              ),
            })}
          </li>
        ) : null}
        {samples.remove.length > 0 ? (
          <li className="mono">
            {t('layoutCollab.publish.sampleRemove', { list: listSample(samples.remove, 5) })}
          </li>
        ) : null}
      </ul>
    </section>
  )
}

/** Removals refused because plants stand there, each with its address and plant tag. */
export function BlockedPlants({ blocked }: { blocked: LayoutDiff['blocked'] }) {
  const { t } = useTranslation()
  const blockedId = useId()
  return (
    <section aria-labelledby={blockedId}>
      <h3 id={blockedId}>{t('layoutCollab.publish.blockedHeading', { count: blocked.length })}</h3>
      <p>{t('layoutCollab.publish.blockedHint')}</p>
      <div className="review-table__scroll" tabIndex={0} role="region" aria-labelledby={blockedId}>
        <table className="publish-blocked">
          <thead>
            <tr>
              <th scope="col">{t('layoutCollab.publish.blockedAddress')}</th>
              <th scope="col">{t('layoutCollab.publish.blockedPlant')}</th>
            </tr>
          </thead>
          <tbody>
            {blocked.map((item) => (
              <tr key={`${item.plantId}-${item.address}`}>
                <td className="mono">{item.address}</td>
                <td className="mono">{item.plantTag}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}
