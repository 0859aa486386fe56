-- The desk a reviewer acts from in a request's workflow: CENTRAL_AUTHORITY, PROSECUTOR or
-- INVESTIGATING_JUDGE. Kept beside the account rather than as a role, so that the access rules stay
-- per role and the workflow rules check the desk.
CREATE TABLE user_desk_function (
    user_name     VARCHAR(64) NOT NULL,
    desk_function VARCHAR(40) NOT NULL,
    CONSTRAINT pk_user_desk_function PRIMARY KEY (user_name),
    CONSTRAINT fk_user_desk_function_user FOREIGN KEY (user_name) REFERENCES app_user (name) ON DELETE CASCADE
);
