/**
 * `--answer password-reset` (repeatable): what the user told the agent, as the app's questions.
 * Its own module so `status` does not load the report and bundle code with it.
 */
import { ANSWER_NAMES, type AnsweredQuestion } from '../../common/diagnosis/questions'
import { formatIsoSeconds } from '../../common/time'
import { UsageError } from './shared'

export const answerOption = { answer: { type: 'string', multiple: true } } as const

/** The answers named on the command line, each a "yes" given now. */
export function cliAnswers(names: readonly string[] | undefined, now: () => number): AnsweredQuestion[] {
  return (names ?? []).map((name) => {
    const question = ANSWER_NAMES[name]
    if (!question)
      throw new UsageError(`--answer must be one of: ${Object.keys(ANSWER_NAMES).join(', ')} (got ${name})`)
    return { question, answer: true, at: formatIsoSeconds(now()) }
  })
}
