export { layoutDocumentName, parseLayoutDocumentName } from './document-name.ts'
