// A sensor is a marker of fixed size (2 ft across) with its code beside it.
import { LAYOUT_SHAPE_TYPES, feetToCanvas } from '@growops/domain'
import { Circle2d, ShapeUtil, SVGContainer, useEditor } from 'tldraw'
import { ISSUE_COLOUR, ShapeTitle, useHasIssue, useZoom } from './shape-chrome.tsx'
import { layoutPropValidators, type SensorShape } from './shape-types.ts'
import { withoutRotation } from './axis-aligned.ts'

export const SENSOR_DIAMETER = feetToCanvas(2)
const R = SENSOR_DIAMETER / 2

const KIND_LETTER: Record<SensorShape['props']['sensorKind'], string> = {
  TEMPERATURE: 'T',
  HUMIDITY: 'H',
  CO2: 'C',
  VPD: 'V',
  LIGHT: 'L',
  MULTI: 'M',
}

function SensorBody({ shape }: { shape: SensorShape }) {
  const editor = useEditor()
  const zoom = useZoom(editor)
  const issue = useHasIssue(editor, shape.id)
  return (
    <SVGContainer>
      <circle
        cx={R}
        cy={R}
        r={R}
        fill="#1f6f8b"
        stroke={issue ? ISSUE_COLOUR : '#0f3d4c'}
        strokeWidth={issue ? 3 : 1}
      />
      <text
        x={R}
        y={R}
        fontSize={R}
        textAnchor="middle"
        dominantBaseline="central"
        fill="#ffffff"
        fontFamily="system-ui, sans-serif"
        fontWeight={700}
      >
        {KIND_LETTER[shape.props.sensorKind]}
      </text>
      <ShapeTitle x={SENSOR_DIAMETER + 2} y={0} text={shape.props.code} zoom={zoom} size={7} />
    </SVGContainer>
  )
}

export class SensorShapeUtil extends ShapeUtil<SensorShape> {
  static override type = LAYOUT_SHAPE_TYPES.sensor
  static override props = layoutPropValidators('sensor')
  override getDefaultProps(): SensorShape['props'] {
    return { code: '', sensorKind: 'TEMPERATURE', label: '' }
  }
  override canResize() {
    return false
  }
  override hideResizeHandles() {
    return true
  }
  override hideRotateHandle() {
    return true
  }
  override onBeforeCreate(next: SensorShape) {
    return withoutRotation(next)
  }
  override onBeforeUpdate(_prev: SensorShape, next: SensorShape) {
    return withoutRotation(next)
  }
  override getGeometry() {
    return new Circle2d({ radius: R, isFilled: true })
  }
  override component(shape: SensorShape) {
    return <SensorBody shape={shape} />
  }
  override getIndicatorPath() {
    const path = new Path2D()
    path.arc(R, R, R, 0, Math.PI * 2)
    return path
  }
}
