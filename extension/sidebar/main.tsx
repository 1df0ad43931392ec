import { render } from 'preact';

render(<p>ClaimLens sidebar</p>, document.getElementById('app')!);
