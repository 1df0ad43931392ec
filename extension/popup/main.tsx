import { render } from 'preact';

render(<p>ClaimLens popup</p>, document.getElementById('app')!);
