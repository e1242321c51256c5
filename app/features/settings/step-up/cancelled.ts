/**
 * The user closed the step-up dialog: the edit was not made, and nothing needs saying. Its own
 * module so that the settings error text can recognise it without loading the step-up code.
 */
export class StepUpCancelled extends Error {
  override readonly name = 'StepUpCancelled';
  constructor() {
    super('step-up verification cancelled');
  }
}
