-- The three questionnaires of the satisfaction survey templates (客户满意度调查表): technical support and
-- service, technical research, engineering projects; revision 1 each. Weights of the rated items add up to 100.
INSERT INTO survey_template (project_type, revision, name_zh, name_en, intro_zh, intro_en, locked, created_at, version) VALUES
('TECHNICAL_SERVICE', 1, '客户满意度调查表(技术支持、服务类项目)', 'Customer satisfaction survey (technical support and service projects)',
 '尊敬的客户:感谢您一直以来的支持和厚爱。为了改进我们的工作,为您提供更优质高效的服务,请您在百忙中抽出宝贵的时间填写此表。热切期盼着您宝贵的意见和建议,对此我们表示衷心的感谢!',
 'Dear customer, thank you for your continued support. To improve our work and serve you better, please take a few minutes to fill in this survey. We look forward to your valuable opinions and suggestions and thank you sincerely.',
 FALSE, TIMESTAMP '2026-01-01 00:00:00', 0),
('TECHNICAL_RESEARCH', 1, '客户满意度调查表(技术研究类项目)', 'Customer satisfaction survey (technical research projects)',
 '尊敬的客户:感谢您一直以来的支持和厚爱。为了改进我们的工作,为您提供更优质高效的服务,请您在百忙中抽出宝贵的时间填写此表。热切期盼着您宝贵的意见和建议,对此我们表示衷心的感谢!',
 'Dear customer, thank you for your continued support. To improve our work and serve you better, please take a few minutes to fill in this survey. We look forward to your valuable opinions and suggestions and thank you sincerely.',
 FALSE, TIMESTAMP '2026-01-01 00:00:00', 0),
('ENGINEERING', 1, '客户满意度调查表(工程类项目)', 'Customer satisfaction survey (engineering projects)',
 '尊敬的客户:感谢您一直以来的支持和厚爱。为了改进我们的工作,为您提供更优质高效的服务,请您在百忙中抽出宝贵的时间填写此表。热切期盼着您宝贵的意见和建议,对此我们表示衷心的感谢!',
 'Dear customer, thank you for your continued support. To improve our work and serve you better, please take a few minutes to fill in this survey. We look forward to your valuable opinions and suggestions and thank you sincerely.',
 FALSE, TIMESTAMP '2026-01-01 00:00:00', 0);

INSERT INTO survey_question (template_id, position, kind, text_zh, text_en, weight, options_zh, options_en)
SELECT t.id, q.position, q.kind, q.text_zh, q.text_en, q.weight, q.options_zh, q.options_en
FROM survey_template t JOIN (VALUES
 ('TECHNICAL_SERVICE', 1, 'RATING', '服务响应的及时性', 'Timeliness of our response', 20, CAST(NULL AS VARCHAR(1000)), CAST(NULL AS VARCHAR(1000))),
 ('TECHNICAL_SERVICE', 2, 'RATING', '技术人员的专业水平', 'Expertise of our technical staff', 20, NULL, NULL),
 ('TECHNICAL_SERVICE', 3, 'RATING', '问题解决的效果', 'Effectiveness of the solution', 25, NULL, NULL),
 ('TECHNICAL_SERVICE', 4, 'RATING', '服务态度', 'Attitude and courtesy', 15, NULL, NULL),
 ('TECHNICAL_SERVICE', 5, 'RATING', '沟通与信息反馈', 'Communication and feedback', 10, NULL, NULL),
 ('TECHNICAL_SERVICE', 6, 'RATING', '服务收费的合理性', 'Fairness of charges', 10, NULL, NULL),
 ('TECHNICAL_SERVICE', 7, 'CHOICE', '您通常通过何种方式联系我们', 'How do you usually contact us', 0, '电话|电子邮件|现场|其他', 'Phone|E-mail|On site|Other'),
 ('TECHNICAL_SERVICE', 8, 'SUGGESTION', '其他意见及建议', 'Other opinions and suggestions', 0, NULL, NULL),
 ('TECHNICAL_RESEARCH', 1, 'RATING', '研究成果的质量', 'Quality of the research results', 25, NULL, NULL),
 ('TECHNICAL_RESEARCH', 2, 'RATING', '满足合同技术要求的程度', 'Fulfilment of the contractual technical requirements', 25, NULL, NULL),
 ('TECHNICAL_RESEARCH', 3, 'RATING', '按期完成', 'Delivery on schedule', 20, NULL, NULL),
 ('TECHNICAL_RESEARCH', 4, 'RATING', '研究报告与资料的完整性', 'Completeness of reports and documentation', 15, NULL, NULL),
 ('TECHNICAL_RESEARCH', 5, 'RATING', '沟通与协作', 'Communication and cooperation', 15, NULL, NULL),
 ('TECHNICAL_RESEARCH', 6, 'CHOICE', '您是否愿意继续合作', 'Would you work with us again', 0, '愿意|可能|不愿意', 'Yes|Maybe|No'),
 ('TECHNICAL_RESEARCH', 7, 'SUGGESTION', '其他意见及建议', 'Other opinions and suggestions', 0, NULL, NULL),
 ('ENGINEERING', 1, 'RATING', '工程质量', 'Quality of the work', 30, NULL, NULL),
 ('ENGINEERING', 2, 'RATING', '工期', 'Keeping to the schedule', 20, NULL, NULL),
 ('ENGINEERING', 3, 'RATING', '现场安全与文明施工', 'Site safety and tidiness', 15, NULL, NULL),
 ('ENGINEERING', 4, 'RATING', '项目管理与协调', 'Project management and coordination', 15, NULL, NULL),
 ('ENGINEERING', 5, 'RATING', '售后服务与保修', 'After-sales service and warranty', 10, NULL, NULL),
 ('ENGINEERING', 6, 'RATING', '服务态度', 'Attitude and courtesy', 10, NULL, NULL),
 ('ENGINEERING', 7, 'TEXT', '您最满意的方面', 'What satisfied you most', 0, NULL, NULL),
 ('ENGINEERING', 8, 'SUGGESTION', '其他意见及建议', 'Other opinions and suggestions', 0, NULL, NULL)
) AS q (project_type, position, kind, text_zh, text_en, weight, options_zh, options_en)
ON t.project_type = q.project_type AND t.revision = 1;
