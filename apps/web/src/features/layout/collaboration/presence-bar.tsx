import { useTranslation } from 'react-i18next'
import { initialsOf, textColourOn, type PresencePeer } from './presence-model.ts'
import './collaboration.css'

export interface PresenceBarProps {
  peers: readonly PresencePeer[]
  followingUserId: string | null
  onFollow: (userId: string) => void
  onUnfollow: () => void
}

/**
 * Who else is on this layout: an avatar per person (initials in their cursor colour, the
 * name on hover or focus, "view only" for read-only viewers) with a follow toggle each.
 */
export function PresenceBar({ peers, followingUserId, onFollow, onUnfollow }: PresenceBarProps) {
  const { t } = useTranslation()
  const following = peers.find((peer) => peer.userId === followingUserId) ?? null
  return (
    <section className="presence-bar" aria-label={t('layoutCollab.presence.heading')}>
      <p className="presence-bar__count" role="status">
        {peers.length === 0
          ? t('layoutCollab.presence.onlyYou')
          : t('layoutCollab.presence.others', { count: peers.length })}
        {following ? (
          <span className="presence-bar__following">
            {' · '}
            {t('layoutCollab.presence.following', { name: following.name })}
          </span>
        ) : null}
      </p>
      {peers.length > 0 ? (
        <ul className="presence-bar__list">
          {peers.map((peer) => (
            <PresenceAvatar
              key={peer.userId}
              peer={peer}
              isFollowed={peer.userId === followingUserId}
              onFollow={onFollow}
              onUnfollow={onUnfollow}
            />
          ))}
        </ul>
      ) : null}
    </section>
  )
}

interface PresenceAvatarProps {
  peer: PresencePeer
  isFollowed: boolean
  onFollow: (userId: string) => void
  onUnfollow: () => void
}

function PresenceAvatar({ peer, isFollowed, onFollow, onUnfollow }: PresenceAvatarProps) {
  const { t } = useTranslation()
  const label = peer.readOnly
    ? t('layoutCollab.presence.nameViewOnly', { name: peer.name })
    : peer.name
  // A toggle keeps one name and says its state through aria-pressed.
  const action = t('layoutCollab.presence.follow', { name: peer.name })
  return (
    <li className="presence-avatar">
      <button
        type="button"
        className={`presence-avatar__button${isFollowed ? ' presence-avatar__button--followed' : ''}`}
        style={{ background: peer.colour, color: textColourOn(peer.colour) }}
        aria-pressed={isFollowed}
        onClick={() => (isFollowed ? onUnfollow() : onFollow(peer.userId))}
      >
        {/* The visible initials start the accessible name, which then says what the button does. */}
        <span>{initialsOf(peer.name)}</span>
        <span className="ui-visually-hidden">
          {' '}
          {peer.readOnly ? `${action} (${t('layoutCollab.presence.viewOnly')})` : action}
        </span>
        {peer.readOnly ? (
          <span className="presence-avatar__view-only" aria-hidden="true">
            👁
          </span>
        ) : null}
      </button>
      <span className="presence-avatar__tooltip" aria-hidden="true">
        {label}
        <br />
        {isFollowed ? t('layoutCollab.presence.unfollow', { name: peer.name }) : action}
      </span>
    </li>
  )
}
