-- An activity's budgeted cost belongs to the plan: kept on the activity (in the currency
-- of the project's budget) and copied into each baseline saved from now on. The amounts
-- finance kept for the activities move to the plan, and finance's copy goes.

alter table plan_activity add column budgeted_cost numeric(19, 2);

alter table plan_baseline_entry add column budgeted_cost numeric(19, 2);

update plan_activity
   set budgeted_cost = (select c.amount from finance_activity_cost c where c.activity_id = plan_activity.id)
 where exists (select 1 from finance_activity_cost c where c.activity_id = plan_activity.id);

drop table finance_activity_cost;
