/**
 * The client side of one user's feed (the JavaScript port of `io.livestage.ports.client.ClientMirror`): it applies
 * that user's deliveries in order, ignores duplicates, reports gaps, and turns the user's role changes into media
 * intents, exactly once per change. The app owns its tracks; the mirror only says when to start and stop publishing.
 *
 * Protocol (docs/consistency.md): start from a stage view (`resync`), then `apply` each delivery
 * `{previous, event}`. A delivery at or below the last applied sequence is a `DUPLICATE`; one whose `previous` is
 * above it is a `GAP` (nothing applied: load the stage view and `resync`); anything else is `APPLIED`.
 */
export const START_PUBLISHING = 'START_PUBLISHING';
export const STOP_PUBLISHING = 'STOP_PUBLISHING';

const ON_STAGE = new Set(['HOST', 'CO_HOST', 'SPEAKER']);

export class ClientMirror {
  /**
   * @param me the user id this mirror belongs to
   * @param onMedia called with START_PUBLISHING or STOP_PUBLISHING, once per change
   */
  constructor(me, onMedia = () => {}) {
    this.me = me;
    this.onMedia = onMedia;
    this.lastApplied = 0;
    this.role = null;
    this.handRaised = false;
    this.publishing = false;
  }

  /** Starts (again) from a stage view of this user (StageJson): its role, hand and sequence. */
  resync(view) {
    if (view.viewer !== this.me) {
      throw new Error(`a view of ${view.viewer} given to the mirror of ${this.me}`);
    }
    this.lastApplied = view.atSequence;
    this.role = ON_STAGE.has(view.standing) ? 'SPEAKER' : view.standing === 'AUDIENCE' ? 'AUDIENCE' : null;
    this.handRaised = view.myHand !== undefined && view.myHand !== null;
    this.follow();
  }

  /** Applies one delivery `{previous, event}`: 'APPLIED', 'DUPLICATE' or 'GAP'. */
  apply(delivery) {
    const { previous, event } = delivery;
    if (event.sequence <= this.lastApplied) {
      return 'DUPLICATE';
    }
    if (previous > this.lastApplied) {
      return 'GAP';
    }
    this.change(event);
    this.lastApplied = event.sequence;
    this.follow();
    return 'APPLIED';
  }

  change(event) {
    const payload = event.payload || {};
    const mine = payload.user === this.me;
    switch (event.type) {
      case 'GROUP_CALL_PARTICIPANT_JOINED':
        if (mine) this.role = payload.role;
        break;
      case 'GROUP_CALL_ROLE_CHANGED':
        if (mine) {
          this.role = payload.role;
          this.handRaised = false;
        }
        break;
      case 'GROUP_CALL_PARTICIPANT_LEFT':
      case 'GROUP_CALL_PARTICIPANT_REMOVED':
        if (mine) this.leaveCall();
        break;
      case 'GROUP_CALL_ENDED':
        this.leaveCall();
        break;
      case 'GROUP_CALL_STAGE_HAND_RAISED':
        if (mine) this.handRaised = true;
        break;
      case 'GROUP_CALL_STAGE_HAND_LOWERED':
        if (mine) this.handRaised = false;
        break;
      case 'GROUP_CALL_STAGE_HANDS_LOWERED':
        if ((payload.users || []).includes(this.me)) this.handRaised = false;
        break;
      default:
        break;
    }
  }

  leaveCall() {
    this.role = null;
    this.handRaised = false;
  }

  /** Tells the app to start or stop publishing when the role and the media disagree, and only then. */
  follow() {
    const shouldPublish = this.role === 'SPEAKER';
    if (shouldPublish !== this.publishing) {
      this.publishing = shouldPublish;
      this.onMedia(shouldPublish ? START_PUBLISHING : STOP_PUBLISHING);
    }
  }
}
