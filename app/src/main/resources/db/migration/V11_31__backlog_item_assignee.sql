-- The person a backlog item is assigned to (an account id, like the other person references).
alter table delivery_item add column assignee_id bigint;
create index delivery_item_assignee on delivery_item (assignee_id);
