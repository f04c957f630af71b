import { LabIcon } from '@jupyterlab/ui-components';

import leetarxivSvg from '../style/icons/leetarxiv.svg';

export const leetarxivIcon = new LabIcon({
  name: 'jupyter-leetarxiv:icon',
  svgstr: leetarxivSvg
});
