import { useState } from 'react';
import { db } from '../../db/database';
import { addCategory } from '../../db/categoriesRepo';
import { useI18n } from '../../i18n';

const PALETTE = ['#0f766e', '#7c3aed', '#db2777', '#ea580c', '#2563eb', '#65a30d'];

export function AddCategoryForm({ existing }: { existing: number }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [color, setColor] = useState(PALETTE[existing % PALETTE.length] ?? '#0f766e');
  return (
    <form
      className="cat-add"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!name.trim()) return;
        await addCategory(db, name, color);
        setName('');
      }}
    >
      <input
        type="color"
        className="cat-color"
        aria-label={t('cats.add.color')}
        value={color}
        onChange={(event) => setColor(event.target.value)}
      />
      <input
        className="cat-name"
        aria-label={t('cats.add.name')}
        placeholder={t('cats.add')}
        value={name}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button button-primary" disabled={!name.trim()}>
        {t('cats.add.submit')}
      </button>
    </form>
  );
}
