import type { MenuItemConstructorOptions } from 'electron';

/** The French application menu: the usual roles, labelled in French. */
export function createMenuTemplate(isMac: boolean): MenuItemConstructorOptions[] {
  const fileMenu: MenuItemConstructorOptions = {
    label: 'Fichier',
    submenu: [
      isMac ? { role: 'close', label: 'Fermer la fenêtre' } : { role: 'quit', label: 'Quitter Dalili' },
    ],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Édition',
    submenu: [
      { role: 'undo', label: 'Annuler' },
      { role: 'redo', label: 'Rétablir' },
      { type: 'separator' },
      { role: 'cut', label: 'Couper' },
      { role: 'copy', label: 'Copier' },
      { role: 'paste', label: 'Coller' },
      { role: 'selectAll', label: 'Tout sélectionner' },
    ],
  };
  const viewMenu: MenuItemConstructorOptions = {
    label: 'Affichage',
    submenu: [
      { role: 'resetZoom', label: 'Taille réelle' },
      { role: 'zoomIn', label: 'Agrandir' },
      { role: 'zoomOut', label: 'Réduire' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Plein écran' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: 'Fenêtre',
    submenu: [
      { role: 'minimize', label: 'Réduire la fenêtre' },
      ...(isMac ? [{ role: 'zoom', label: 'Zoom' } as const] : []),
    ],
  };
  const template = [fileMenu, editMenu, viewMenu, windowMenu];
  if (isMac)
    template.unshift({
      label: 'Dalili',
      submenu: [
        { role: 'about', label: 'À propos de Dalili' },
        { role: 'quit', label: 'Quitter Dalili' },
      ],
    });
  return template;
}
