-- A generated or reset password is known to somebody else: its owner must change it at first login.
alter table accounts_user add column must_change_password boolean not null default false;
