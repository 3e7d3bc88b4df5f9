/** The `<option>`s of a picker (categories, accounts), in the order given, valued by id. */
export function OptionList({ items }: { items: readonly { id?: string | number; name: string }[] }) {
  return (
    <>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}
