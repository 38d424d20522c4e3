-- A risk belongs to a project's register, a programme's or a portfolio's. A programme's or
-- portfolio's risk names the portfolio it rolls up to; a project's reaches its portfolio
-- through the project.
alter table risk alter column project_id drop not null;
alter table risk add column programme_id bigint references programme (id);
alter table risk add column portfolio_id bigint references portfolio (id);
alter table risk add constraint risk_one_register
    check ((project_id is not null and programme_id is null and portfolio_id is null)
        or (project_id is null and portfolio_id is not null));
create index risk_programme on risk (programme_id);
create index risk_portfolio on risk (portfolio_id);
