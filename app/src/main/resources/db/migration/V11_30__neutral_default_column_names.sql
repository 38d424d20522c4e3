-- Default board columns were once named in the language of the first person who opened
-- the board; they are now stored as message keys and shown in each reader's language.
-- Columns still bearing a default name in one of the platform's languages return to the key.
update delivery_column set name = 'delivery.column.default.todo'
    where category = 'TODO' and name in ('To do', 'À faire', 'Por hacer', 'قيد الانتظار');
update delivery_column set name = 'delivery.column.default.inProgress'
    where category = 'IN_PROGRESS' and name in ('In progress', 'En cours', 'En curso', 'قيد التنفيذ');
update delivery_column set name = 'delivery.column.default.review'
    where category = 'IN_PROGRESS' and name in ('Review', 'Revue', 'Revisión', 'مراجعة');
update delivery_column set name = 'delivery.column.default.done'
    where category = 'DONE' and name in ('Done', 'Terminé', 'Hecho', 'منجز');
