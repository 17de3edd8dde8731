/** Shown beside every setting IT decided; the control beside it is disabled. */
export function ManagedMark({ id }: { id: string }) {
  return (
    <span class="managed-mark" id={id} data-testid="managed-mark">
      <span aria-hidden="true">{'\ud83d\udd12'}</span> Set by your IT department
    </span>
  );
}
