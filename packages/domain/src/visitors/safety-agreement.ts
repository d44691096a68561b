// The safety agreement a visitor accepts at check-in (VIS5), in each supported language. The api
// stores the SHA-256 of the exact text accepted, so a later change of wording never rewrites what
// an earlier visitor agreed to; the kiosk shows the text the api hands it, with that hash.
import type { Locale } from '../auth/auth.schema.ts'

/** Changes whenever a text below changes, so old and new agreements are told apart in the log. */
export const SAFETY_AGREEMENT_VERSION = '2026-01'

export const SAFETY_AGREEMENT_TEXT: Readonly<Record<Locale, string>> = {
  en: [
    'Visitor safety and conduct agreement',
    '1. I stay with my host or an escort at all times in escorted zones, and only enter the zones printed on my badge.',
    '2. I wear my badge where it can be seen and return it when I leave.',
    '3. I do not touch, take or photograph plants, products or records without permission.',
    '4. I follow every safety sign and instruction, wear the protective equipment I am given, and do not eat, drink or smoke in grow areas.',
    '5. In an emergency I follow my host to the assembly point and report there so that everyone is counted.',
    '6. I understand that my visit is recorded in the facility’s visitor log, as state regulations require.',
  ].join('\n'),
  es: [
    'Acuerdo de seguridad y conducta para visitantes',
    '1. Permanezco con mi anfitrión o un acompañante en todo momento en las zonas con acompañamiento, y solo entro en las zonas impresas en mi credencial.',
    '2. Llevo mi credencial a la vista y la devuelvo al salir.',
    '3. No toco, retiro ni fotografío plantas, productos ni registros sin permiso.',
    '4. Sigo toda señal e instrucción de seguridad, uso el equipo de protección que se me entregue y no como, bebo ni fumo en las áreas de cultivo.',
    '5. En una emergencia sigo a mi anfitrión al punto de reunión y me presento allí para que se cuente a todos.',
    '6. Entiendo que mi visita queda registrada en el libro de visitantes de la instalación, como exige la normativa estatal.',
  ].join('\n'),
}

/** The agreement in `locale`, or English for a language without a translation. */
export function safetyAgreementText(locale: string): string {
  return locale === 'es' ? SAFETY_AGREEMENT_TEXT.es : SAFETY_AGREEMENT_TEXT.en
}
