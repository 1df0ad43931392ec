import { render } from 'preact';

render(<p>ClaimLens options</p>, document.getElementById('app')!);
