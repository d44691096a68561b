import {
  ComplianceDocumentKindSchema,
  DocumentCreateInputSchema,
  DocumentUpdateDraftInputSchema,
  RoleSchema,
  type ComplianceDocumentKind,
  type Role,
  type StoredFileSummary,
} from '@growops/domain'
import { Alert } from '@growops/ui'
import { useId, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useActiveOrganization } from '../../../app/active-organization.tsx'
import { readApiError, translateApiError } from '../../../app/api-errors.ts'
import { trpc } from '../../../app/trpc.ts'
import {
  FieldError,
  invalidFieldsOf,
  type InvalidFields,
} from '../../live/components/field-error.tsx'
import { useDocumentMutationOptions, type DocumentDetail } from '../hooks/use-documents.ts'
import { DocumentFileInput } from './document-file-input.tsx'

/** The fields with their own translated message under them. */
type ErrorField = 'code' | 'title' | 'body' | 'expiresAt' | 'requiredAckRoles'

function day(iso: string | null | undefined): string {
  return iso ? iso.slice(0, 10) : ''
}

export type DocumentFormTarget =
  { mode: 'create' } | { mode: 'edit'; document: DocumentDetail; versionId: string }

/** Creates a document with its first draft, or edits a draft (COMPLIANCE FULL). */
export function DocumentForm({ target }: { target: DocumentFormTarget }) {
  const { t, i18n } = useTranslation()
  const { organizationId } = useActiveOrganization()
  const navigate = useNavigate()
  const id = useId()
  const editing = target.mode === 'edit' ? target : null
  const version = editing?.document.versions.find((v) => v.id === editing.versionId)
  const properties = trpc.property.list.useQuery({ organizationId }, { enabled: !editing })
  const [kind, setKind] = useState<ComplianceDocumentKind>(editing?.document.kind ?? 'SOP')
  const [code, setCode] = useState(editing?.document.code ?? '')
  const [title, setTitle] = useState(editing?.document.title ?? '')
  const [issuer, setIssuer] = useState(editing?.document.issuer ?? '')
  const [propertyId, setPropertyId] = useState('')
  const [roles, setRoles] = useState<Role[]>(editing?.document.requiredAckRoles ?? [])
  const [body, setBody] = useState(version?.body ?? '')
  const [file, setFile] = useState<StoredFileSummary | null>(version?.file ?? null)
  const [uploading, setUploading] = useState(false)
  const [changeSummary, setChangeSummary] = useState(version?.changeSummary ?? '')
  const [effectiveFrom, setEffectiveFrom] = useState(day(version?.effectiveFrom))
  const [expiresAt, setExpiresAt] = useState(day(version?.expiresAt))
  const [invalid, setInvalid] = useState<InvalidFields>(new Set())
  const options = useDocumentMutationOptions()
  const onError = (error: unknown) => setInvalid(invalidFieldsOf(readApiError(error).fieldErrors))
  const onSuccess = (saved: DocumentDetail) => void navigate(`/documents/${saved.id}`)
  const create = trpc.document.create.useMutation({ ...options, onSuccess, onError })
  const update = trpc.document.updateDraft.useMutation({ ...options, onSuccess, onError })
  const saving = create.isPending || update.isPending || uploading
  const failed = create.error ?? update.error

  function submit(event: FormEvent) {
    event.preventDefault()
    if (saving) return
    const content = {
      title,
      issuer,
      requiredAckRoles: roles,
      body,
      fileId: file?.id ?? null,
      changeSummary,
      effectiveFrom: effectiveFrom || null,
      expiresAt: expiresAt || null,
    }
    if (editing) {
      const parsed = DocumentUpdateDraftInputSchema.safeParse({
        versionId: editing.versionId,
        ...content,
      })
      if (!parsed.success) return setInvalid(invalidFieldsOf(parsed.error))
      setInvalid(new Set())
      update.mutate({ organizationId, ...parsed.data })
      return
    }
    const parsed = DocumentCreateInputSchema.safeParse({
      ...content,
      kind,
      code,
      ...(propertyId ? { propertyId } : {}),
    })
    if (!parsed.success) return setInvalid(invalidFieldsOf(parsed.error))
    setInvalid(new Set())
    create.mutate({ organizationId, ...parsed.data })
  }

  const errorOf = (field: ErrorField) =>
    invalid.has(field) ? t(`compliance.form.errors.${field}`) : null
  const describedBy = (field: string, hint?: string) =>
    [hint, invalid.has(field) ? `${id}-${field}-error` : undefined].filter(Boolean).join(' ') ||
    undefined

  return (
    <form className="stack live-form" onSubmit={submit} noValidate data-testid="document-form">
      {editing ? null : (
        <div className="form-row">
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-kind`}>
              {t('compliance.form.kind')}
            </label>
            <select
              id={`${id}-kind`}
              className="ui-select"
              value={kind}
              onChange={(event) => setKind(ComplianceDocumentKindSchema.parse(event.target.value))}
            >
              {ComplianceDocumentKindSchema.options.map((value) => (
                <option key={value} value={value}>
                  {t(`compliance.kind.${value}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-code`}>
              {t('compliance.form.code')}
            </label>
            <input
              id={`${id}-code`}
              className="ui-field__input"
              value={code}
              maxLength={40}
              autoCapitalize="characters"
              onChange={(event) => setCode(event.target.value)}
              aria-invalid={invalid.has('code') ? true : undefined}
              aria-describedby={describedBy('code', `${id}-code-hint`)}
            />
            <p id={`${id}-code-hint`} className="meta">
              {t('compliance.form.codeHint')}
            </p>
            <FieldError id={`${id}-code-error`} message={errorOf('code')} />
          </div>
          <div className="ui-field">
            <label className="ui-field__label" htmlFor={`${id}-property`}>
              {t('compliance.form.property')}
            </label>
            <select
              id={`${id}-property`}
              className="ui-select"
              value={propertyId}
              onChange={(event) => setPropertyId(event.target.value)}
            >
              <option value="">{t('compliance.form.wholeOrganization')}</option>
              {(properties.data ?? []).map((property) => (
                <option key={property.id} value={property.id}>
                  {t('facility.codeAndName', { code: property.code, name: property.name })}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-title`}>
          {t('compliance.form.title')}
        </label>
        <input
          id={`${id}-title`}
          className="ui-field__input"
          value={title}
          maxLength={160}
          onChange={(event) => setTitle(event.target.value)}
          aria-invalid={invalid.has('title') ? true : undefined}
          aria-describedby={describedBy('title')}
        />
        <FieldError id={`${id}-title-error`} message={errorOf('title')} />
      </div>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-issuer`}>
          {t('compliance.form.issuer')}
        </label>
        <input
          id={`${id}-issuer`}
          className="ui-field__input"
          value={issuer}
          maxLength={160}
          onChange={(event) => setIssuer(event.target.value)}
          aria-describedby={`${id}-issuer-hint`}
        />
        <p id={`${id}-issuer-hint`} className="meta">
          {t('compliance.form.issuerHint')}
        </p>
      </div>
      <fieldset className="live-fieldset" aria-describedby={`${id}-roles-hint`}>
        <legend className="ui-field__label">{t('compliance.form.roles')}</legend>
        <p id={`${id}-roles-hint`} className="meta">
          {t('compliance.form.rolesHint')}
        </p>
        <div className="choice-row">
          {RoleSchema.options.map((role) => (
            <label key={role} className="choice">
              <input
                type="checkbox"
                checked={roles.includes(role)}
                onChange={(event) =>
                  setRoles((current) =>
                    event.target.checked ? [...current, role] : current.filter((r) => r !== role),
                  )
                }
              />
              {t(`common.roles.${role}`)}
            </label>
          ))}
        </div>
        <FieldError id={`${id}-requiredAckRoles-error`} message={errorOf('requiredAckRoles')} />
      </fieldset>
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-body`}>
          {t('compliance.form.body')}
        </label>
        <textarea
          id={`${id}-body`}
          className="ui-field__input doc-form__body"
          rows={10}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          aria-invalid={invalid.has('body') ? true : undefined}
          aria-describedby={describedBy('body', `${id}-body-hint`)}
        />
        <p id={`${id}-body-hint`} className="meta">
          {t('compliance.form.bodyHint')}
        </p>
        <FieldError id={`${id}-body-error`} message={errorOf('body')} />
      </div>
      <DocumentFileInput
        organizationId={organizationId}
        value={file}
        onChange={setFile}
        onUploadingChange={setUploading}
      />
      <div className="ui-field">
        <label className="ui-field__label" htmlFor={`${id}-summary`}>
          {t('compliance.form.changeSummary')}
        </label>
        <input
          id={`${id}-summary`}
          className="ui-field__input"
          value={changeSummary}
          maxLength={500}
          onChange={(event) => setChangeSummary(event.target.value)}
        />
      </div>
      <div className="form-row">
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-effective`}>
            {t('compliance.form.effectiveFrom')}
          </label>
          <input
            id={`${id}-effective`}
            type="date"
            className="ui-field__input"
            value={effectiveFrom}
            onChange={(event) => setEffectiveFrom(event.target.value)}
          />
        </div>
        <div className="ui-field">
          <label className="ui-field__label" htmlFor={`${id}-expires`}>
            {t('compliance.form.expiresAt')}
          </label>
          <input
            id={`${id}-expires`}
            type="date"
            className="ui-field__input"
            value={expiresAt}
            onChange={(event) => setExpiresAt(event.target.value)}
            aria-invalid={invalid.has('expiresAt') ? true : undefined}
            aria-describedby={describedBy('expiresAt', `${id}-expires-hint`)}
          />
          <p id={`${id}-expires-hint`} className="meta">
            {t('compliance.form.expiresHint')}
          </p>
          <FieldError id={`${id}-expiresAt-error`} message={errorOf('expiresAt')} />
        </div>
      </div>
      <div className="row-actions">
        <button type="submit" className="ui-button ui-button--primary" aria-disabled={saving}>
          {saving
            ? t('compliance.form.saving')
            : editing
              ? t('compliance.form.save')
              : t('compliance.form.create')}
        </button>
        <button
          type="button"
          className="ui-button ui-button--secondary"
          onClick={() =>
            void navigate(editing ? `/documents/${editing.document.id}` : '/documents')
          }
        >
          {t('compliance.form.cancel')}
        </button>
      </div>
      <Alert>
        {failed && invalid.size === 0
          ? translateApiError(i18n, failed)
          : invalid.size > 0
            ? t('compliance.form.errors.form')
            : null}
      </Alert>
    </form>
  )
}
