import { CodePage } from '../../features/signin/code-page';

export function Component() {
  return <CodePage action="signup" />;
}
