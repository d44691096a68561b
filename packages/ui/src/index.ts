export { Alert, type AlertProps } from './alert.tsx'
export { EmptyState, type EmptyStateProps } from './empty-state.tsx'
export {
  createI18n,
  isLocale,
  matchLocale,
  resolveLocale,
  type CreateI18nOptions,
  type LocaleSources,
} from './i18n.ts'
export { LanguageSelect, type LanguageSelectProps } from './language-select.tsx'
export { LoadingState, type LoadingStateProps } from './loading-state.tsx'
export { Spinner, type SpinnerProps } from './spinner.tsx'
export { AddressInput, type AddressInputProps } from './address-input.tsx'
export { GridLegend, type GridLegendItem, type GridLegendProps } from './grid-legend.tsx'
export { OccupancyBar, type OccupancyBarProps, type OccupancyCounts } from './occupancy-bar.tsx'
export { RoomGrid, type RoomGridProps } from './room-grid.tsx'
export { QrLabel, type QrLabelProps } from './qr-label.tsx'
export {
  buildGridMatrix,
  moveInGrid,
  type GridMatrix,
  type RoomGridCell,
} from './room-grid-model.ts'
export { Sparkline, type SparklineProps } from './sparkline.tsx'
export { seriesExtent, sparklinePoints, type SeriesExtent } from './sparkline-model.ts'
