/**
 * The repair session main is running. Main owns it (so it survives the window closing); this store
 * mirrors the pushed session and sends the user's choices back.
 */
import { create } from 'zustand'
import { bridge, type IpcError, type IpcResult, type PlaybookSessionView } from '../bridge'

interface RepairStore {
  session: PlaybookSessionView | null
  /** A request in flight (buttons disabled meanwhile). */
  busy: boolean
  error: IpcError | null
  sessionChanged(session: PlaybookSessionView | null): void
  sessionRequested(): Promise<void>
  /** findingId: the finding that led here (null when the user picked the playbook). */
  repairStarted(playbookId: string, findingId: string | null): Promise<void>
  answerChosen(questionId: string, answerId: string): Promise<void>
  stepCompleted(): Promise<void>
  stepWentBack(): Promise<void>
  checkNowRequested(): Promise<void>
  helpdeskRequested(): Promise<void>
  /** "Try the steps again" after "not fixed". */
  retryRequested(): Promise<void>
  /** The window as the small guide beside System Settings, or full size (main ignores it where there is no window). */
  guideModeRequested(mode: 'compact' | 'full'): Promise<void>
  repairEnded(): Promise<void>
}

const initial = { session: null, busy: false, error: null }

export const createRepairStore = () =>
  create<RepairStore>()((set, get) => {
    /** Sends one request; its answer (or its error) becomes the store's state. */
    const send = async (request: () => Promise<IpcResult<PlaybookSessionView | null>>) => {
      set({ busy: true, error: null })
      const result = await request()
      set(result.ok ? { session: result.data, busy: false } : { error: result.error, busy: false })
    }
    const withSession = (run: (sessionId: string) => Promise<IpcResult<PlaybookSessionView>>) => {
      const session = get().session
      return session ? send(() => run(session.sessionId)) : Promise.resolve()
    }
    return {
      ...initial,
      sessionChanged: (session) => set({ session }),
      sessionRequested: () => send(() => bridge.currentPlaybook()),
      repairStarted: (playbookId, findingId) => send(() => bridge.startPlaybook({ playbookId, findingId })),
      answerChosen: (questionId, answerId) =>
        withSession((id) => bridge.answerPlaybook({ sessionId: id, questionId, answerId })),
      stepCompleted: () => withSession((id) => bridge.advancePlaybook({ sessionId: id })),
      stepWentBack: () => withSession((id) => bridge.backPlaybook({ sessionId: id })),
      checkNowRequested: () => withSession((id) => bridge.checkPlaybookNow({ sessionId: id })),
      helpdeskRequested: () => withSession((id) => bridge.handOffPlaybook({ sessionId: id })),
      retryRequested: () => withSession((id) => bridge.retryPlaybook({ sessionId: id })),
      guideModeRequested: async (mode) => {
        await bridge.setGuideMode({ mode })
      },
      repairEnded: async () => {
        await withSession((id) => bridge.cancelPlaybook({ sessionId: id }))
        set({ session: null })
      },
    }
  })

export const useRepairStore = createRepairStore()
export const resetRepairStore = () => useRepairStore.setState(initial)

/** A session the repair screen should show (ended or cancelled ones are not). */
export const selectActiveSession = (s: RepairStore) =>
  s.session && s.session.phase !== 'cancelled' ? s.session : null
