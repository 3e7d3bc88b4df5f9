import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n';
import { warmUpImportWorker } from '../../worker/importClient';
import { useImport } from './ImportProvider';

function hasFiles(event: DragEvent) {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** Accepts statements dropped anywhere on the page and shows an overlay while files hover over it. */
export function GlobalDropZone() {
  const { t } = useI18n();
  const { importFiles } = useImport();
  const [active, setActive] = useState(false);
  const depth = useRef(0);

  useEffect(() => {
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (depth.current === 0) warmUpImportWorker(true);
      depth.current += 1;
      setActive(true);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = () => {
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setActive(false);
    };
    const onDrop = (event: DragEvent) => {
      event.preventDefault();
      depth.current = 0;
      setActive(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) void importFiles(files);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragover', onOver);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFiles]);

  return active ? (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay-card">{t('import.dropOverlay')}</div>
    </div>
  ) : null;
}
