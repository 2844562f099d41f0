-- An attachment points at a stored file, which therefore cannot be deleted while attached.
alter table assessment_evidence
    add constraint assessment_evidence_file foreign key (sha256) references assessment_file (sha256);
