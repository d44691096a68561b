import { QrLabel } from '@growops/ui'
import type { LabelSheet } from '@growops/domain'
import { useTranslation } from 'react-i18next'
import { cssLength } from '@growops/domain'
import { labelTypography, pageRule, type PrintPage } from '../print-layout.ts'

interface LabelSheetPreviewProps {
  sheet: LabelSheet
  pages: PrintPage[]
  svgs: Map<string, string> | null
}

/** The pages as they print: exact page and label boxes in the stock's unit. */
export function LabelSheetPreview({ sheet, pages, svgs }: LabelSheetPreviewProps) {
  const { t } = useTranslation()
  const type = labelTypography(sheet)
  const pageStyle = {
    width: cssLength(sheet, sheet.page.width),
    height: cssLength(sheet, sheet.page.height),
  }
  return (
    // Wider than a phone: it scrolls, so it takes focus for keyboard scrolling (arrow keys).
    <div
      className="label-preview"
      role="region"
      aria-label={t('labels.preview.region')}
      tabIndex={0}
    >
      <style>{pageRule(sheet)}</style>
      {pages.map((page) => (
        <section
          key={page.index}
          className="label-sheet-page"
          style={pageStyle}
          aria-label={t('labels.preview.page', { page: page.index + 1, count: pages.length })}
        >
          {page.labels.map(({ item, box }) => (
            <QrLabel
              key={item.key}
              qrSvg={svgs?.get(item.payload) ?? null}
              code={item.code}
              title={item.title}
              detail={item.detail}
              qrLabel={t('labels.preview.qrFor', { code: item.code })}
              position={{ left: box.left, top: box.top }}
              size={{ width: box.width, height: box.height, ...type }}
            />
          ))}
        </section>
      ))}
    </div>
  )
}
